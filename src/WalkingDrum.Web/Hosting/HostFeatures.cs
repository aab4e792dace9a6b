using WalkingDrum.Core.Features;

namespace WalkingDrum.Web.Hosting;

/// <summary>Features of the host itself (admin shell), switchable per plan like module features.</summary>
public static class HostFeatures
{
    public const string EmailLog = "admin.email-log";

    public static IReadOnlyList<FeatureDescriptor> All { get; } = [new(EmailLog, "Email log in the admin")];
}
