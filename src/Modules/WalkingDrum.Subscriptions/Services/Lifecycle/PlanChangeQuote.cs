using WalkingDrum.Core.Money;
using WalkingDrum.Subscriptions.Services.Schedule;

namespace WalkingDrum.Subscriptions.Services.Lifecycle;

/// <summary>
/// What changing plan costs. <see cref="ChargeNow"/> is for the caller to collect before saving the
/// change; <see cref="CreditToBalance"/> goes onto the subscription's credit balance.
/// </summary>
/// <param name="Proration">Credit for the unused old time and charge for the new.</param>
/// <param name="NewCyclePrice">The items' price for one cycle on the new plan.</param>
/// <param name="PeriodRestarts">True when the interval changes: a new period starts now and is charged in full.</param>
public sealed record PlanChangeQuote(ProrationResult Proration, Amount NewCyclePrice, bool PeriodRestarts)
{
    public Amount ChargeNow => Proration.ChargeNow;

    public Amount CreditToBalance => Proration.CreditCarried;
}
