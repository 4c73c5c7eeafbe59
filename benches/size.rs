//! Engine timing (`cargo bench`): `size()` for the default plan and for a stress plan of
//! 1,000 workspace profiles over 50 zones with 10 million sessions.

use kasm_sizer::engine::stress::stress_plan;
use kasm_sizer::engine::{size, Plan};

fn main() {
    divan::main();
}

#[divan::bench]
fn default_plan(bencher: divan::Bencher) {
    let plan = Plan::default();
    bencher.bench(|| size(divan::black_box(&plan)).unwrap());
}

#[divan::bench(sample_count = 30)]
fn thousand_profiles_fifty_zones(bencher: divan::Bencher) {
    let plan = stress_plan(50, 10_000);
    assert_eq!(plan.peak_sessions(), 10_000_000);
    bencher.bench(|| size(divan::black_box(&plan)).unwrap());
}
