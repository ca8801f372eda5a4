//! styrdok-import (work in progress).
