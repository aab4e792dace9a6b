namespace WalkingDrum.Core.Admin;

/// <summary>An entry modules add to the tenant admin's navigation.</summary>
/// <param name="Title">Link text.</param>
/// <param name="Path">Path relative to the tenant, e.g. <c>/admin/emails</c>.</param>
/// <param name="Order">Sort position; lower comes first.</param>
/// <param name="FeatureId">Hidden when the tenant's plan disables this feature.</param>
public sealed record AdminMenuItem(string Title, string Path, int Order, string? FeatureId = null);
