namespace WalkingDrum.Commerce.ViewModels;

/// <summary>A custom field as the storefront sees it (<c>field.name</c>, <c>field.value</c>).</summary>
public sealed record ProductFieldDrop(string Name, string Value);

/// <summary>The <c>fields</c> part on the product page (<c>part.fields</c>).</summary>
public sealed record ProductFieldsDrop(IReadOnlyList<ProductFieldDrop> Fields);
