//! Cross-checks of a whole register (kommunallagen rules, review, duties).
