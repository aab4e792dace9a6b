namespace WalkingDrum.Commerce.Services;

/// <summary>Storefront paths of catalog items, relative to the shop.</summary>
public static class CatalogPaths
{
    public const string Products = "/products/";

    public const string Collections = "/collections";

    public static string Product(string slug) => Products + slug;

    public static string Collection(string slug) => Collections + "/" + slug;
}
