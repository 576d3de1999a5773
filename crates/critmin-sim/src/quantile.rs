//! Streaming quantiles with the P-square algorithm (Jain & Chlamtac, 1985): five markers per
//! quantile, so Monte Carlo memory stays flat however many runs there are.

/// Estimates one quantile of a stream.
#[derive(Clone, Debug)]
pub struct P2 {
    p: f64,
    q: [f64; 5],
    n: [f64; 5],
    want: [f64; 5],
    step: [f64; 5],
    count: usize,
}

impl P2 {
    pub fn new(p: f64) -> P2 {
        P2 {
            p,
            q: [0.0; 5],
            n: [1.0, 2.0, 3.0, 4.0, 5.0],
            want: [1.0, 1.0 + 2.0 * p, 1.0 + 4.0 * p, 3.0 + 2.0 * p, 5.0],
            step: [0.0, p / 2.0, p, (1.0 + p) / 2.0, 1.0],
            count: 0,
        }
    }

    pub fn add(&mut self, x: f64) {
        if self.count < 5 {
            self.q[self.count] = x;
            self.count += 1;
            if self.count == 5 {
                self.q.sort_by(f64::total_cmp);
            }
            return;
        }
        self.count += 1;
        let q = &mut self.q;
        let k = if x < q[0] {
            q[0] = x;
            0
        } else if x >= q[4] {
            q[4] = x;
            3
        } else {
            (0..4).find(|&i| x < q[i + 1]).unwrap_or(3)
        };
        for i in k + 1..5 {
            self.n[i] += 1.0;
        }
        for i in 0..5 {
            self.want[i] += self.step[i];
        }
        for i in 1..4 {
            let d = self.want[i] - self.n[i];
            if (d >= 1.0 && self.n[i + 1] - self.n[i] > 1.0) || (d <= -1.0 && self.n[i - 1] - self.n[i] < -1.0) {
                let d = d.signum();
                let (n, q) = (&self.n, &self.q);
                let parabolic = q[i]
                    + d / (n[i + 1] - n[i - 1])
                        * ((n[i] - n[i - 1] + d) * (q[i + 1] - q[i]) / (n[i + 1] - n[i])
                            + (n[i + 1] - n[i] - d) * (q[i] - q[i - 1]) / (n[i] - n[i - 1]));
                self.q[i] = if self.q[i - 1] < parabolic && parabolic < self.q[i + 1] {
                    parabolic
                } else {
                    let j = if d > 0.0 { i + 1 } else { i - 1 };
                    self.q[i] + d * (self.q[j] - self.q[i]) / (self.n[j] - self.n[i])
                };
                self.n[i] += d;
            }
        }
    }

    /// The estimate (exact while fewer than six values have been seen).
    pub fn value(&self) -> f64 {
        if self.count == 0 {
            return f64::NAN;
        }
        if self.count <= 5 {
            let mut v = self.q[..self.count].to_vec();
            v.sort_by(f64::total_cmp);
            let idx = ((self.count - 1) as f64 * self.p).round() as usize;
            return v[idx];
        }
        self.q[2]
    }
}

#[cfg(test)]
mod tests {
    use super::P2;

    #[test]
    fn p2_tracks_the_quantiles_of_a_uniform_stream() {
        let (mut p5, mut p50, mut p95) = (P2::new(0.05), P2::new(0.5), P2::new(0.95));
        // A deterministic, well-mixed sequence over [0, 1).
        for i in 0..20_000u64 {
            let x = ((i * 7919) % 20_000) as f64 / 20_000.0;
            p5.add(x);
            p50.add(x);
            p95.add(x);
        }
        assert!((p5.value() - 0.05).abs() < 0.01, "{}", p5.value());
        assert!((p50.value() - 0.5).abs() < 0.01, "{}", p50.value());
        assert!((p95.value() - 0.95).abs() < 0.01, "{}", p95.value());
    }

    #[test]
    fn few_values_are_exact() {
        let mut p = P2::new(0.5);
        for x in [3.0, 1.0, 2.0] {
            p.add(x);
        }
        assert_eq!(p.value(), 2.0);
    }
}
