using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using WalkingDrum.Core.Content;

namespace WalkingDrum.Commerce.Services.Search;

/// <summary>
/// One shop's open index: a writer and a near-real-time searcher over one folder. Callers hold a
/// lease while they use it, so closing an idle index never pulls it from under a search.
/// </summary>
internal sealed class TenantSearchIndex : IDisposable
{
    // Written with the commit that completes a rebuild: an index without it (new, or a rebuild cut
    // short by a crash) is rebuilt before it answers.
    private const string BuiltMarker = "walkingdrum.built";

    private readonly FSDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly object _gate = new();
    private int _leases;
    private bool _closed;

    private TenantSearchIndex(string folder, FSDirectory directory, IndexWriter writer)
    {
        Folder = folder;
        _directory = directory;
        _writer = writer;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        IsBuilt = writer.CommitData.ContainsKey(BuiltMarker);
    }

    public string Folder { get; }

    /// <summary>Serializes writes, so a rebuild never interleaves with an update.</summary>
    public SemaphoreSlim WriteLock { get; } = new(1, 1);

    public bool IsBuilt { get; private set; }

    public long LastUsedTicks { get; private set; }

    /// <summary>Opens the index in <paramref name="folder"/>, creating it when missing.</summary>
    public static TenantSearchIndex Open(string folder, bool create)
    {
        System.IO.Directory.CreateDirectory(folder);
        var directory = FSDirectory.Open(folder);
        try
        {
            var config = new IndexWriterConfig(SearchFields.Version, SearchFields.Analyzer)
            {
                OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = 8,
            };
            return new TenantSearchIndex(folder, directory, new IndexWriter(directory, config));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public bool TryLease(long nowTicks)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return false;
            }

            _leases++;
            LastUsedTicks = nowTicks;
            return true;
        }
    }

    public void Release()
    {
        lock (_gate)
        {
            _leases--;
        }
    }

    /// <summary>Closes the index when nobody holds it and <paramref name="idle"/> agrees.</summary>
    public bool TryClose(Func<TenantSearchIndex, bool> idle)
    {
        lock (_gate)
        {
            if (_closed || _leases > 0 || !idle(this))
            {
                return false;
            }

            _closed = true;
        }

        Dispose();
        return true;
    }

    public SearchResults Search(Query query, Filter? filter, Sort? sort, int skip, int take)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var wanted = Math.Max(1, skip + take);
            var top = sort is null ? searcher.Search(query, filter, wanted) : searcher.Search(query, filter, wanted, sort);
            var hits = top.ScoreDocs.Skip(skip).Select(hit => SearchFields.ToHit(searcher.Doc(hit.Doc))).ToArray();
            return new SearchResults(hits, top.TotalHits);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public int Count()
    {
        var searcher = _searchers.Acquire();
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Adds, replaces or (for a <see langword="null"/> document) removes each item's document, in one
    /// commit: a commit flushes and refreshes the searchers, so a batch pays for it once. Call under
    /// <see cref="WriteLock"/>.
    /// </summary>
    public void Put(IEnumerable<(ContentItemKey Item, SearchDocument? Document)> changes)
    {
        foreach (var (item, document) in changes)
        {
            var key = new Term(SearchFields.Key, SearchFields.KeyOf(item));
            if (document is null)
            {
                _writer.DeleteDocuments(key);
            }
            else
            {
                _writer.UpdateDocument(key, SearchFields.ToDocument(document));
            }
        }

        Commit();
    }

    /// <summary>Replaces every document; call under <see cref="WriteLock"/>. A failure leaves the last commit in place.</summary>
    public async Task<int> ReplaceAllAsync(IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken)
    {
        var count = 0;
        _writer.DeleteAll();
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            _writer.AddDocument(SearchFields.ToDocument(document));
            count++;
        }

        Commit();
        IsBuilt = true;
        return count;
    }

    /// <summary>Throws away uncommitted changes; the index is closed and must be opened again.</summary>
    public void Abandon()
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
        }

        _searchers.Dispose();
        _writer.Rollback();
        _directory.Dispose();
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        WriteLock.Dispose();
    }

    private void Commit()
    {
        _writer.SetCommitData(new Dictionary<string, string> { [BuiltMarker] = "1" });
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
    }
}
