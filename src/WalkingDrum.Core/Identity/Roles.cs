namespace WalkingDrum.Core.Identity;

/// <summary>The fixed roles of the platform, seeded by the first migration.</summary>
public static class Roles
{
    /// <summary>Owns a shop: every admin permission, and admin access while suspended.</summary>
    public const string Owner = "Owner";

    /// <summary>Works in a shop's admin.</summary>
    public const string Staff = "Staff";

    /// <summary>Shops and manages their own orders and subscriptions.</summary>
    public const string Customer = "Customer";

    /// <summary>Runs the platform: tenants, plans, health. Exists only at the host scope.</summary>
    public const string Operator = "Operator";

    /// <summary>Every role with its fixed id (ids never change once migrated).</summary>
    public static IReadOnlyList<(Guid Id, string Name)> All { get; } =
    [
        (new Guid("5b0f4b9e-0d1a-4a8e-9d59-6a3f1c1e0001"), Owner),
        (new Guid("5b0f4b9e-0d1a-4a8e-9d59-6a3f1c1e0002"), Staff),
        (new Guid("5b0f4b9e-0d1a-4a8e-9d59-6a3f1c1e0003"), Customer),
        (new Guid("5b0f4b9e-0d1a-4a8e-9d59-6a3f1c1e0004"), Operator),
    ];

    /// <summary>Roles that may use a shop's admin.</summary>
    public const string AdminRoles = Owner + "," + Staff;
}
