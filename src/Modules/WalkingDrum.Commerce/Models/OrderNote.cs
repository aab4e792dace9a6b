using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Models;

/// <summary>A line in an order's history: a merchant's note, or what the shop did (refunded, fulfilled).</summary>
public sealed class OrderNote : ITenantOwned
{
    public const int MaxTextLength = 2000;

    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrderId { get; set; }

    public required string Text { get; set; }

    /// <summary>Who wrote it (the merchant's email), or empty for what the shop recorded itself.</summary>
    public string Author { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
