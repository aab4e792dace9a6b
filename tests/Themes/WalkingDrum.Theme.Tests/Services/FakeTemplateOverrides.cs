using WalkingDrum.Theme.Services;

namespace WalkingDrum.Theme.Tests.Services;

/// <summary>A shop's overrides held in memory, recording the failures the renderer reports.</summary>
internal sealed class FakeTemplateOverrides(params (string Name, string Source)[] overrides) : ITemplateOverrides
{
    public TemplateOverrideSet Set { get; } =
        new(overrides.Select(o => new TemplateSource(o.Name, o.Source)), DateTimeOffset.UnixEpoch);

    public List<(string Name, string Error)> Failures { get; } = [];

    public ValueTask<TemplateOverrideSet> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Set);

    public Task ReportFailureAsync(string templateName, string error, CancellationToken cancellationToken)
    {
        Failures.Add((templateName, error));
        return Task.CompletedTask;
    }
}
