//! End-to-end tests of the styrdok facade and binary.
