// How long the forecast takes for a large plan: 500 channels over 60 months (target: 20 ms,
// so the forecast can follow every keystroke). Prints the median of repeated runs, and the
// same for a small plan as the baseline measured in the same run.
#include "forecast.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

using namespace cplan;

namespace {

Plan makePlan(int channels, int months, unsigned seed)
{
    std::mt19937 random(seed);
    Plan plan = makeBlankPlan(QStringLiteral("Bench"));
    plan.settings.startMonth = {2026, 1};
    plan.settings.months = months;
    const CostModel models[] = {CostModel::Cpc, CostModel::Cpm, CostModel::Flat};
    for (int c = 0; c < channels; ++c) {
        Channel channel;
        channel.id = newRecordId();
        channel.name = QStringLiteral("Channel %1").arg(c);
        channel.costModel = models[c % 3];
        channel.costPerClick = Money::fromMinorUnits(40 + int(random() % 100));
        channel.costPerMille = Money::fromMinorUnits(400 + int(random() % 800));
        channel.clickThroughRate = 0.01;
        channel.visitsPerMonth = 1000 + double(random() % 5000);
        channel.leadRate = 0.05;
        channel.closeRate = 0.2;
        channel.averageOrderValue = Money::fromMinorUnits(4500);
        plan.channels.push_back(channel);
        // Three phases a channel: a test, a roll-out, a scale-up, spread over the horizon.
        Date start = plan.settings.startMonth.firstDay() + boost::gregorian::days(int(random() % 60));
        for (PhaseKind kind : {PhaseKind::Test, PhaseKind::Rollout, PhaseKind::Scale}) {
            RolloutPhase phase;
            phase.id = newRecordId();
            phase.channelId = channel.id;
            phase.kind = kind;
            phase.start = start;
            phase.end = start + boost::gregorian::days(60 + int(random() % (months * 10)));
            phase.budget = Money::fromMinorUnits(100000 + int(random() % 1000000));
            plan.phases.push_back(phase);
            start = phase.end + boost::gregorian::days(1);
        }
    }
    for (int f = 0; f < 20; ++f)
        plan.fixedCosts.push_back({newRecordId(), QStringLiteral("Cost %1").arg(f), Money::fromMinorUnits(50000),
                                   plan.settings.startMonth.addMonths(f), std::nullopt, {}});
    return plan;
}

double medianMs(const Plan &plan, int runs)
{
    std::vector<double> times;
    double sink = 0.0;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const Forecast forecast = computeForecast(plan);
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        sink += forecast.totals.revenue;
    }
    std::sort(times.begin(), times.end());
    if (sink < 0)
        std::puts("");
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Plan large = makePlan(500, 60, 1);
    const Plan small = makePlan(10, 12, 2);
    const double largeMs = medianMs(large, 30);
    const double smallMs = medianMs(small, 30);
    std::printf("forecast, 500 channels x 60 months (1500 phases): %.2f ms (median of 30; target 20 ms)\n", largeMs);
    std::printf("forecast, 10 channels x 12 months (baseline):      %.3f ms (median of 30)\n", smallMs);
    std::printf("ratio large / baseline: %.0fx\n", largeMs / smallMs);
    return 0;
}
