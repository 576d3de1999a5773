//! Benchmark: loading the bundled dataset (target: under 150 ms on a 2-core machine).

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 20)]
fn load_bundled_dataset() -> critmin_data::Loaded {
    let dir = critmin_data::bundled_data_dir().expect("bundled data");
    critmin_data::load(&dir).expect("loads")
}
