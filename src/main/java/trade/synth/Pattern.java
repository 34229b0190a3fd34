package trade.synth;

/** A named synthetic market shape: its family, a one-line description and its close rule. */
record Pattern(String name, String family, String description, CloseRule rule) {}
