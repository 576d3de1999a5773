//! Benchmarks of the market measures (filled in below).

fn main() {
    divan::main();
}
