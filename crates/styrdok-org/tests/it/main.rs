//! Integration tests of styrdok-org.

mod directory;
mod recognition_corpus;
