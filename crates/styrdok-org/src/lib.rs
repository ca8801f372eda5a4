//! styrdok-org (work in progress).
