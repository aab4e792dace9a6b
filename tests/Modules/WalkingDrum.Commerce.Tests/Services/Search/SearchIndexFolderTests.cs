using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WalkingDrum.Commerce.Services.Search;
using WalkingDrum.Core.Http;
using Xunit;

namespace WalkingDrum.Commerce.Tests.Services.Search;

/// <summary>Where a shop's index lives: under AppData unless a node-local folder is configured.</summary>
public sealed class SearchIndexFolderTests
{
    private static readonly Guid TenantId = Guid.Parse("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

    [Fact]
    public void Indexes_live_under_app_data_by_default()
    {
        using var indexes = Create(new Dictionary<string, string?>());

        Assert.Equal(Path.Combine("/srv/shared", "search", TenantId.ToString("N")), indexes.FolderOf(TenantId));
    }

    [Fact]
    public void Search_index_path_moves_every_index_to_that_folder()
    {
        using var indexes = Create(new Dictionary<string, string?> { ["Search:IndexPath"] = "/var/local/walkingdrum-search" });

        Assert.Equal(Path.Combine("/var/local/walkingdrum-search", TenantId.ToString("N")), indexes.FolderOf(TenantId));
    }

    private static SearchIndexes Create(Dictionary<string, string?> settings) => new(
        Options.Create(new AppDataOptions { Path = "/srv/shared" }),
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
        TimeProvider.System,
        NullLogger<SearchIndexes>.Instance);
}
