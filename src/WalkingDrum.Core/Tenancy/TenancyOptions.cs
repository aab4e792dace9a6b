namespace WalkingDrum.Core.Tenancy;

/// <summary>Configuration section <c>Tenancy</c>.</summary>
public sealed class TenancyOptions
{
    /// <summary>
    /// Domain whose subdomains are shops, e.g. <c>walkingdrum.shop</c> serves
    /// <c>{name}.walkingdrum.shop</c>. <c>{name}.localhost</c> always works.
    /// </summary>
    public string? BaseDomain { get; set; }
}
