//! Random numbers for Monte Carlo: xoshiro256++ (Blackman & Vigna, 2019) seeded by SplitMix64, and
//! the four distributions scenario parameters may take. Written out here, not taken from a crate,
//! so that the same seed gives the same draws in every future version of critmin.

/// Where a parameter comes from: a fixed value or a distribution.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Dist {
    Fixed(f64),
    /// Uniform on [low, high].
    Uniform {
        low: f64,
        high: f64,
    },
    /// Triangular on [min, max] with the given mode.
    Triangular {
        min: f64,
        mode: f64,
        max: f64,
    },
    /// Normal with mean and standard deviation.
    Normal {
        mean: f64,
        sd: f64,
    },
    /// Log-normal: exp of a normal with parameters mu and sigma.
    LogNormal {
        mu: f64,
        sigma: f64,
    },
}

impl Dist {
    /// The value a single deterministic run uses: the value, mean, mode or median.
    pub fn central(&self) -> f64 {
        match *self {
            Dist::Fixed(x) => x,
            Dist::Uniform { low, high } => 0.5 * (low + high),
            Dist::Triangular { mode, .. } => mode,
            Dist::Normal { mean, .. } => mean,
            Dist::LogNormal { mu, .. } => mu.exp(),
        }
    }

    /// Checks the distribution's own parameters.
    pub fn validate(&self) -> Result<(), String> {
        let ok = match *self {
            Dist::Fixed(x) => x.is_finite(),
            Dist::Uniform { low, high } => low.is_finite() && high.is_finite() && low <= high,
            Dist::Triangular { min, mode, max } => {
                [min, mode, max].iter().all(|v| v.is_finite()) && min <= mode && mode <= max
            }
            Dist::Normal { mean, sd } => mean.is_finite() && sd.is_finite() && sd >= 0.0,
            Dist::LogNormal { mu, sigma } => mu.is_finite() && sigma.is_finite() && sigma >= 0.0,
        };
        if ok { Ok(()) } else { Err(format!("invalid distribution {self:?}")) }
    }

    /// One draw.
    pub fn sample(&self, rng: &mut Rng) -> f64 {
        match *self {
            Dist::Fixed(x) => x,
            Dist::Uniform { low, high } => low + (high - low) * rng.unit(),
            Dist::Triangular { min, mode, max } => {
                let u = rng.unit();
                if max <= min {
                    return min;
                }
                let c = (mode - min) / (max - min);
                if u < c {
                    min + ((max - min) * (mode - min) * u).sqrt()
                } else {
                    max - ((max - min) * (max - mode) * (1.0 - u)).sqrt()
                }
            }
            Dist::Normal { mean, sd } => mean + sd * rng.standard_normal(),
            Dist::LogNormal { mu, sigma } => (mu + sigma * rng.standard_normal()).exp(),
        }
    }
}

/// xoshiro256++.
#[derive(Clone, Debug)]
pub struct Rng {
    s: [u64; 4],
}

fn splitmix64(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// The generator of run `run` under master seed `seed`: each run has its own stream, so results
    /// do not depend on which thread runs which run.
    pub fn for_run(seed: u64, run: u64) -> Rng {
        let mut x = seed ^ run.wrapping_mul(0xD1B5_4A32_D192_ED03);
        let s = [splitmix64(&mut x), splitmix64(&mut x), splitmix64(&mut x), splitmix64(&mut x)];
        Rng { s }
    }

    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.s;
        let result = s[0].wrapping_add(s[3]).rotate_left(23).wrapping_add(s[0]);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// Uniform on [0, 1), 53 bits.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Standard normal by Box-Muller (one of the pair; simple and reproducible).
    pub fn standard_normal(&mut self) -> f64 {
        let u1 = 1.0 - self.unit(); // (0, 1]
        let u2 = self.unit();
        (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_are_reproducible_and_distinct() {
        let a: Vec<u64> = (0..4).map(|_| Rng::for_run(7, 3).next_u64()).collect();
        assert!(a.windows(2).all(|w| w[0] == w[1]));
        assert_ne!(Rng::for_run(7, 3).next_u64(), Rng::for_run(7, 4).next_u64());
    }

    #[test]
    fn samples_have_the_right_moments() {
        let mut rng = Rng::for_run(1, 0);
        let n = 200_000;
        let tri = Dist::Triangular { min: 0.0, mode: 1.0, max: 4.0 };
        let mean: f64 = (0..n).map(|_| tri.sample(&mut rng)).sum::<f64>() / n as f64;
        assert!((mean - 5.0 / 3.0).abs() < 0.01, "{mean}");
        let norm = Dist::Normal { mean: 2.0, sd: 3.0 };
        let xs: Vec<f64> = (0..n).map(|_| norm.sample(&mut rng)).collect();
        let m = xs.iter().sum::<f64>() / n as f64;
        let v = xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / n as f64;
        assert!((m - 2.0).abs() < 0.03 && (v.sqrt() - 3.0).abs() < 0.03, "{m} {v}");
        let uni = Dist::Uniform { low: -1.0, high: 1.0 };
        assert!((0..1000).map(|_| uni.sample(&mut rng)).all(|x| (-1.0..1.0).contains(&x)));
    }
}
