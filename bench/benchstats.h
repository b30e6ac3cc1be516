#pragma once

// Figures the benchmarks share.

#include <algorithm>
#include <vector>

namespace mamori::bench {

// The middle value (the upper one of the two middles for an even count), so one slow run — a 2-core
// machine doing something else — does not move the figure.
inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace mamori::bench
