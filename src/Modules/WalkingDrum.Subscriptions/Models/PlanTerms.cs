using WalkingDrum.Subscriptions.Services.Schedule;

namespace WalkingDrum.Subscriptions.Models;

/// <summary>
/// The terms of the plan a subscription was bought on, copied onto the subscription so later
/// plan edits or deletion never change what the subscriber agreed to.
/// </summary>
/// <param name="PlanId">The plan, which may since have been deleted.</param>
/// <param name="Name">The plan's name as shown at purchase ("Monthly", "Every 2 weeks").</param>
/// <param name="Interval">How long one billing cycle is.</param>
/// <param name="PrepaidCycles">Cycles each charge pays for (1 for ordinary renewals).</param>
/// <param name="MinimumCycles">Paid cycles before the subscriber may cancel (0 for none).</param>
/// <param name="MaximumCycles">Cycles after which the subscription expires; null renews until canceled.</param>
public sealed record PlanTerms(
    Guid PlanId, string Name, BillingInterval Interval, int PrepaidCycles = 1, int MinimumCycles = 0, int? MaximumCycles = null);
