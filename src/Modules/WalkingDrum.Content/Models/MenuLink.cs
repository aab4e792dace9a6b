namespace WalkingDrum.Content.Models;

/// <summary>One link of a <see cref="Menu"/>, as stored in its JSON.</summary>
/// <param name="Label">Link text.</param>
/// <param name="Url">A shop path (<c>/pages/about</c>) or a full http(s), mailto: or tel: address.</param>
public sealed record MenuLink(string Label, string Url);
