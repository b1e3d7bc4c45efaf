#pragma once

#include <QtGlobal>

namespace stint::bench {

// SplitMix64: tiny, fast and identical on every platform (std:: distributions are not).
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform enough for a benchmark in [0, bound).
    quint64 below(quint64 bound) { return next() % bound; }
    // In [low, high].
    qint64 between(qint64 low, qint64 high) { return low + qint64(below(quint64(high - low + 1))); }

private:
    quint64 m_state;
};

} // namespace stint::bench
