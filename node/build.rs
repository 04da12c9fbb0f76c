//! Sets the platform link flags a Node addon needs (napi-rs' build helper).

fn main() {
    napi_build::setup();
}
