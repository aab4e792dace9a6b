namespace WalkingDrum.Commerce.Models;

/// <summary>Whether shoppers can see a product.</summary>
public enum ProductStatus
{
    /// <summary>Being prepared; not on the storefront.</summary>
    Draft,

    /// <summary>Published on the storefront.</summary>
    Active,

    /// <summary>No longer sold; kept for orders and history.</summary>
    Archived,
}
