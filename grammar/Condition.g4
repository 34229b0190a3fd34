// The string-level grammar of Play conditions: everything written inside one YAML string in an
// operand position ("ema_9", "bbands_20.upper", "fib.level[0.618]", "(close - open) / atr_14").
// The YAML shape around it (lists, all/any/not, windows) is walked by trade.play.
grammar Condition;

operandString : arith EOF ;

fieldOnly : fieldPath EOF ;

arith
    : '-' arith                                # Negate
    | arith op=('*' | '/' | '%') arith         # MulDiv
    | arith op=('+' | '-') arith               # AddSub
    | '(' arith ')'                            # Parens
    | NUMBER                                   # Literal
    | reference                                # Ref
    ;

reference : refId ( '.' fieldPath )? ;

refId : IDENT | LEVEL_KEY ;

fieldPath
    : IDENT '[' signedNumber ']' ( '.' IDENT )?    # Indexed
    | LEVEL_KEY                                    # LegacyLevel
    | IDENT                                        # Plain
    ;

signedNumber : '-'? NUMBER ;

LEVEL_KEY : 'level_' '-'? DIGITS ( '.' DIGITS )? ;
IDENT     : [A-Za-z_] [A-Za-z0-9_]* ;
NUMBER    : DIGITS ( '.' DIGITS )? ( [eE] [+-]? DIGITS )? ;
fragment DIGITS : [0-9]+ ;
WS        : [ \t]+ -> skip ;
