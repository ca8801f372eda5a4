//! Queries on a register.
