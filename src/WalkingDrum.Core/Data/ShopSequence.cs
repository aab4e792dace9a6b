namespace WalkingDrum.Core.Data;

/// <summary>
/// One of a shop's gapless counters (order numbers, invoice numbers). Written only through
/// <see cref="ShopSequences"/>.
/// </summary>
public sealed class ShopSequence : ITenantOwned
{
    /// <summary>The longest <see cref="Name"/>.</summary>
    public const int MaxNameLength = 40;

    /// <inheritdoc />
    public Guid TenantId { get; set; }

    /// <summary>What the counter numbers, e.g. <c>order</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>The number the next allocation hands out.</summary>
    public long NextValue { get; set; }
}
