//! Entry point of the single-page app: install the panic hook and mount the root component.

#[cfg(target_arch = "wasm32")]
fn main() {
    kasm_sizer::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kasm-sizer is a browser app: build it with `trunk build --release`.");
}
