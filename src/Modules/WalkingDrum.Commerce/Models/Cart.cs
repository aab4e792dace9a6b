using WalkingDrum.Core.Data;

namespace WalkingDrum.Commerce.Models;

/// <summary>
/// A shopper's cart: either anonymous, found by the hash of the token in the shopper's cart
/// cookie, or owned by a signed-in user. Lines hold variants, quantities and purchase options only;
/// prices are read from the catalog (and the option's quote) whenever the cart is read.
/// </summary>
public sealed class Cart : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>SHA-256 (hex) of the cookie token of an anonymous cart; null once a user owns it.</summary>
    public string? TokenHash { get; set; }

    /// <summary>The signed-in owner; null for an anonymous cart.</summary>
    public Guid? UserId { get; set; }

    /// <summary>The applied coupon's normalized code, re-checked on every read.</summary>
    public string? CouponCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<CartLine> Lines { get; } = [];
}

/// <summary>One variant in a cart, bought once or with a purchase option: the same variant may be in both ways.</summary>
public sealed class CartLine : ITenantOwned
{
    /// <summary>Longest option key a line keeps.</summary>
    public const int MaxPurchaseOptionLength = 64;

    public Guid TenantId { get; set; }

    public Guid CartId { get; set; }

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>No foreign key on purpose: a deleted variant must leave the line behind so the shopper is told.</summary>
    public Guid VariantId { get; set; }

    /// <summary>The key of the option it is bought with (<see cref="Services.Carts.IPurchaseOptions"/>); null for a one-time purchase.</summary>
    public string? PurchaseOption { get; set; }

    public int Quantity { get; set; }

    /// <summary>What the line was called when added; used only to name a line whose variant is gone.</summary>
    public string Title { get; set; } = "";

    public DateTimeOffset AddedAt { get; set; }
}
