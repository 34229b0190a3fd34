grammar Condition;
operandString : NUMBER EOF ;
NUMBER : [0-9]+ ;
