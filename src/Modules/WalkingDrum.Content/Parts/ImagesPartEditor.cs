namespace WalkingDrum.Content.Parts;

/// <summary>One library image in the images part's picker.</summary>
/// <param name="Id">The media id.</param>
/// <param name="ThumbnailUrl">Small variant, relative to the tenant's base path.</param>
/// <param name="Alt">Its alternative text.</param>
/// <param name="Position">1-based place among the item's images; <see langword="null"/> when not chosen.</param>
public sealed record ImageChoice(Guid Id, string ThumbnailUrl, string Alt, int? Position);

/// <summary>What the images part's editor section shows.</summary>
/// <param name="Choices">The item's images in order, then the newest other library images.</param>
/// <param name="MoreInLibrary">Whether older library images were left out of the picker.</param>
public sealed record ImagesPartEditor(IReadOnlyList<ImageChoice> Choices, bool MoreInLibrary);
