fn main() {
    // The built-in lexicons are compiled in: rebuild when they change.
    println!("cargo:rerun-if-changed=../../lexicons");
}
