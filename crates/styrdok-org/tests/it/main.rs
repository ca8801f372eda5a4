//! Integration tests of styrdok-org.

mod directory;
