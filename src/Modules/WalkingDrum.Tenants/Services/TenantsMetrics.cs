using System.Diagnostics.Metrics;

namespace WalkingDrum.Tenants.Services;

/// <summary>Signup and provisioning measurements, exported with the other OpenTelemetry metrics.</summary>
public sealed class TenantsMetrics
{
    public const string MeterName = "WalkingDrum.Tenants";

    private readonly Counter<long> _provisioned;
    private readonly Histogram<double> _provisioningDuration;

    public TenantsMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _provisioned = meter.CreateCounter<long>("walkingdrum.tenants.provisioned", description: "Shops opened");
        _provisioningDuration = meter.CreateHistogram<double>(
            "walkingdrum.tenants.provisioning.duration", unit: "ms", description: "Time to open a shop");
    }

    public void Provisioned(TimeSpan elapsed)
    {
        _provisioned.Add(1);
        _provisioningDuration.Record(elapsed.TotalMilliseconds);
    }
}
