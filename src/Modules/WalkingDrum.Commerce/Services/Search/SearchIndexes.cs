using System.Collections.Concurrent;
using Lucene.Net.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WalkingDrum.Core.Content;
using WalkingDrum.Core.Http;

namespace WalkingDrum.Commerce.Services.Search;

/// <summary>
/// Every shop's search index under <c>{Search:IndexPath}/{tenantId:N}</c>, by default
/// <c>{AppData}/search</c>. An index opens on first use and closes after <c>Search:IdleMinutes</c>
/// (5) without use, so idle shops hold no writer, reader or memory. The index is derived data: a
/// missing, unfinished or corrupt one is rebuilt from the database through the caller's
/// <see cref="ISearchSource"/>s. Each process needs a folder of its own (Lucene allows one writer
/// per index), so nodes that share <c>AppData</c> set <c>Search:IndexPath</c> to a local folder.
/// </summary>
public sealed partial class SearchIndexes : IDisposable
{
    private readonly ConcurrentDictionary<Guid, Lazy<TenantSearchIndex>> _open = new();
    private readonly string _root;
    private readonly TimeSpan _idle;
    private readonly TimeProvider _clock;
    private readonly ILogger<SearchIndexes> _logger;
    private readonly ITimer _sweeper;

    public SearchIndexes(IOptions<AppDataOptions> appData, IConfiguration configuration, TimeProvider clock, ILogger<SearchIndexes> logger)
    {
        ArgumentNullException.ThrowIfNull(appData);
        ArgumentNullException.ThrowIfNull(configuration);
        _root = configuration["Search:IndexPath"] is { Length: > 0 } indexPath
            ? Path.GetFullPath(indexPath)
            : Path.Combine(appData.Value.Path, "search");
        _idle = TimeSpan.FromMinutes(configuration.GetValue("Search:IdleMinutes", 5.0));
        _clock = clock;
        _logger = logger;
        var period = _idle < TimeSpan.FromMinutes(1) ? _idle : TimeSpan.FromMinutes(1);
        _sweeper = clock.CreateTimer(_ => CloseIdle(), null, period, period);
    }

    /// <summary>Number of indexes open now.</summary>
    public int OpenCount => _open.Count;

    /// <summary>Reads the shop's index, building it first when it has never been built.</summary>
    internal Task<T> ReadAsync<T>(Guid tenantId, Func<IAsyncEnumerable<SearchDocument>> everything, Func<TenantSearchIndex, T> read, CancellationToken cancellationToken) =>
        UseAsync(tenantId, everything, index => Task.FromResult(read(index)), cancellationToken);

    /// <summary>
    /// Changes the shop's index under its write lock, building it first from <paramref name="everything"/>
    /// when needed (<see langword="null"/> when the write replaces everything anyway).
    /// </summary>
    internal Task WriteAsync(Guid tenantId, Func<IAsyncEnumerable<SearchDocument>>? everything, Func<TenantSearchIndex, Task> write, CancellationToken cancellationToken) =>
        UseAsync(tenantId, everything, async index =>
        {
            await WriteLockedAsync(tenantId, index, () => write(index), cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>Closes indexes nobody used for the idle time (a timer calls this every minute).</summary>
    internal void CloseIdle(TimeSpan? idleFor = null)
    {
        var cutoff = _clock.GetUtcNow().UtcTicks - (idleFor ?? _idle).Ticks;
        foreach (var (tenantId, entry) in _open)
        {
            if (entry.IsValueCreated && entry.Value.TryClose(index => index.LastUsedTicks <= cutoff))
            {
                _open.TryRemove(new KeyValuePair<Guid, Lazy<TenantSearchIndex>>(tenantId, entry));
            }
        }
    }

    /// <summary>The folder of a shop's index.</summary>
    internal string FolderOf(Guid tenantId) => Path.Combine(_root, tenantId.ToString("N"));

    public void Dispose()
    {
        _sweeper.Dispose();
        foreach (var entry in _open.Values.Where(e => e.IsValueCreated))
        {
            entry.Value.TryClose(_ => true);
        }

        _open.Clear();
    }

    private async Task<T> UseAsync<T>(Guid tenantId, Func<IAsyncEnumerable<SearchDocument>>? everything, Func<TenantSearchIndex, Task<T>> use, CancellationToken cancellationToken)
    {
        if (tenantId == Guid.Empty)
        {
            throw new InvalidOperationException("Search belongs to a shop; the platform host has no index.");
        }

        for (var attempt = 1; ; attempt++)
        {
            var index = Lease(tenantId);
            try
            {
                if (!index.IsBuilt && everything is not null)
                {
                    await WriteLockedAsync(tenantId, index, async () =>
                    {
                        if (!index.IsBuilt)
                        {
                            await index.ReplaceAllAsync(everything(), cancellationToken);
                        }
                    }, cancellationToken);
                }

                return await use(index);
            }
            catch (Exception ex) when (attempt == 1 && IsBroken(ex))
            {
                LogBroken(_logger, ex, tenantId);
                Discard(tenantId, index, deleteFiles: ex is not ObjectDisposedException);
            }
            finally
            {
                index.Release();
            }
        }
    }

    // A write that fails halfway (the database went away during a rebuild) is rolled back with its
    // index, so a later commit can never publish half of it.
    private async Task WriteLockedAsync(Guid tenantId, TenantSearchIndex index, Func<Task> write, CancellationToken cancellationToken)
    {
        await index.WriteLock.WaitAsync(cancellationToken);
        try
        {
            await write();
        }
        catch
        {
            Discard(tenantId, index, deleteFiles: false);
            throw;
        }
        finally
        {
            index.WriteLock.Release();
        }
    }

    private TenantSearchIndex Lease(Guid tenantId)
    {
        var now = _clock.GetUtcNow().UtcTicks;
        while (true)
        {
            var entry = _open.GetOrAdd(tenantId, id => new Lazy<TenantSearchIndex>(() => OpenOrRecreate(id)));
            TenantSearchIndex index;
            try
            {
                index = entry.Value;
            }
            catch
            {
                _open.TryRemove(new KeyValuePair<Guid, Lazy<TenantSearchIndex>>(tenantId, entry));
                throw;
            }

            // Someone deleted the folder under an open index: start again from the database.
            if (!System.IO.Directory.Exists(index.Folder))
            {
                Discard(tenantId, index, deleteFiles: false);
                continue;
            }

            if (index.TryLease(now))
            {
                return index;
            }

            // Being closed: whoever closes it removes it once its files are released.
            Thread.Yield();
        }
    }

    private TenantSearchIndex OpenOrRecreate(Guid tenantId)
    {
        var folder = FolderOf(tenantId);
        try
        {
            return TenantSearchIndex.Open(folder, create: false);
        }
        catch (Exception ex) when (IsBroken(ex))
        {
            LogBroken(_logger, ex, tenantId);
            System.IO.Directory.Delete(folder, recursive: true);
            return TenantSearchIndex.Open(folder, create: true);
        }
    }

    // Closes the index before it leaves the table, so the next opener never meets its write lock.
    private void Discard(Guid tenantId, TenantSearchIndex index, bool deleteFiles)
    {
        try
        {
            index.Abandon();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // Already unusable; the files are about to be replaced anyway.
        }

        if (deleteFiles && System.IO.Directory.Exists(index.Folder))
        {
            System.IO.Directory.Delete(index.Folder, recursive: true);
        }

        if (_open.TryGetValue(tenantId, out var entry) && entry.IsValueCreated && ReferenceEquals(entry.Value, index))
        {
            _open.TryRemove(new KeyValuePair<Guid, Lazy<TenantSearchIndex>>(tenantId, entry));
        }
    }

    // Damaged or vanished files; a lock held by another process is not damage and is left alone.
    private static bool IsBroken(Exception ex) =>
        ex is ObjectDisposedException || (ex is IOException && ex is not LockObtainFailedException);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index of tenant {TenantId} is unusable and is rebuilt from the database.")]
    private static partial void LogBroken(ILogger logger, Exception exception, Guid tenantId);
}
