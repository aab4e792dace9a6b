using WalkingDrum.Core.Money;

namespace WalkingDrum.Subscriptions.Services.Schedule;

/// <summary>
/// The effect of changing price mid-period: <see cref="Credit"/> for the unused time at the old
/// price and <see cref="Charge"/> for the remaining time at the new price, in one currency.
/// </summary>
public sealed record ProrationResult(Amount Credit, Amount Charge)
{
    /// <summary>Charge minus credit: positive is owed now, negative is owed to the subscriber.</summary>
    public Amount Net => Charge - Credit;

    /// <summary>What to collect now (zero when the change lowers the price).</summary>
    public Amount ChargeNow => Net.MinorUnits > 0 ? Net : Amount.Zero(Net.Currency);

    /// <summary>What to carry forward as credit to the next invoice (zero when the change raises the price).</summary>
    public Amount CreditCarried => Net.MinorUnits < 0 ? Amount.Zero(Net.Currency) - Net : Amount.Zero(Net.Currency);
}
