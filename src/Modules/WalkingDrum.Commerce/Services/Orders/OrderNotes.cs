using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WalkingDrum.Commerce.Models;
using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Services.Orders;

/// <summary>
/// Adds a merchant's note to an order's timeline. A note changes nothing about the order itself,
/// so it needs no version check: two people writing at once both get their notes.
/// </summary>
public sealed class OrderNotes(WalkingDrumDbContext db, TimeProvider clock)
{
    /// <summary>The note's field in <see cref="CatalogErrors"/>.</summary>
    public const string TextField = nameof(OrderNote.Text);

    /// <summary>Adds the note; the problems by field when the text is refused, null when the shop has no such order.</summary>
    public async Task<CatalogErrors?> AddAsync(Guid orderId, string? text, string author, CancellationToken cancellationToken)
    {
        if (!await db.Set<Order>().AnyAsync(o => o.Id == orderId, cancellationToken))
        {
            return null;
        }

        var errors = new CatalogErrors();
        var note = text?.Trim() ?? "";
        if (note.Length == 0)
        {
            errors.Add(TextField, "Write the note first.");
        }
        else if (note.Length > OrderNote.MaxTextLength)
        {
            errors.Add(TextField, string.Create(CultureInfo.InvariantCulture, $"Keep the note to {OrderNote.MaxTextLength:N0} characters; this one has {note.Length:N0}."));
        }
        else
        {
            db.Add(new OrderNote { OrderId = orderId, Text = note, Author = author, CreatedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }

        return errors;
    }
}
