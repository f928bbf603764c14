//! uniffi's generator, pinned to the library's uniffi version: `cargo run -p
//! overenskommelse-uniffi --features cli --bin uniffi-bindgen -- generate …`.

fn main() {
    uniffi::uniffi_bindgen_main()
}
