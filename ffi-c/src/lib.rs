//! Placeholder until this door lands.
