using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WalkingDrum.Core.Tenancy;

namespace WalkingDrum.Commerce.Services.Csv;

/// <summary>
/// Runs queued CSV imports one at a time inside their shop, and at start-up resumes every import
/// whose file is still waiting (the process stopped part-way).
/// </summary>
internal sealed partial class CatalogImportWorker(
    CatalogImportQueue queue,
    CatalogImportFiles files,
    ITenantLookup tenants,
    ITenantScopeRunner scopes,
    ILogger<CatalogImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        foreach (var (shopName, importId) in files.ListPending().ToList())
        {
            if (await tenants.FindByNameAsync(shopName, stoppingToken) is { } shop)
            {
                queue.Enqueue(shop, importId);
            }
            else
            {
                files.Delete(shopName, importId);
            }
        }

        await foreach (var (shop, importId) in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await scopes.RunAsync(shop, services =>
                    services.GetRequiredService<CatalogImportRunner>().RunAsync(importId, stoppingToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The import keeps its file and progress, so it resumes on the next start.
                LogImportFailed(logger, ex, importId, shop.Name);
            }
        }
    }

    [LoggerMessage(LogLevel.Error, "Catalog import {ImportId} of {Shop} stopped")]
    private static partial void LogImportFailed(ILogger logger, Exception exception, Guid importId, string shop);
}
