namespace WalkingDrum.Core.Tenancy;

/// <summary>Lifecycle of a tenant in the host registry.</summary>
public enum TenantState
{
    /// <summary>Being created; never visible outside the provisioning transaction.</summary>
    Provisioning = 0,

    /// <summary>Serving its storefront and admin.</summary>
    Active = 1,

    /// <summary>Storefront closed by an operator; the owner can still reach the admin.</summary>
    Suspended = 2,

    /// <summary>Soft-deleted after an export; the name stays reserved.</summary>
    Deleted = 3,
}
