namespace WalkingDrum.Theme.Models;

/// <summary>The <c>store</c> object templates see.</summary>
/// <param name="Name">The store's display name.</param>
/// <param name="Tagline">One line under the name.</param>
public sealed record StoreDrop(string Name, string Tagline);
