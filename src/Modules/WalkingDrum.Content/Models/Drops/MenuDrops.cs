namespace WalkingDrum.Content.Models.Drops;

/// <summary>The <c>menus</c> object every storefront page's layout reads.</summary>
public sealed record MenusDrop(IReadOnlyList<MenuLinkDrop> Header, IReadOnlyList<MenuLinkDrop> Footer);

/// <summary>One link of a menu; <see cref="Url"/> is ready for href and <see cref="Current"/> marks the page being shown.</summary>
public sealed record MenuLinkDrop(string Label, string Url, bool Current);
