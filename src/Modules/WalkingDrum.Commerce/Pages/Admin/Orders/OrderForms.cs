using WalkingDrum.Commerce.Models;
using WalkingDrum.Commerce.Services.Orders;

namespace WalkingDrum.Commerce.Pages.Admin.Orders;

/// <summary>The refund form as posted; a fresh one carries a new request id, so each form shown asks for one refund.</summary>
public sealed class RefundForm
{
    public Guid RequestId { get; set; }

    public string? Amount { get; set; }

    public string? Reason { get; set; }

    public long RefundedBefore { get; set; }

    public RefundInput ToInput() => new(RequestId, Amount, Reason, RefundedBefore);

    /// <summary>An empty form for <paramref name="order"/> as it stands now.</summary>
    public static RefundForm For(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new RefundForm { RequestId = Guid.CreateVersion7(), RefundedBefore = order.RefundedMinor };
    }
}

/// <summary>The note form as posted.</summary>
public sealed class NoteForm
{
    public string? Text { get; set; }
}
