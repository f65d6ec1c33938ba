namespace Besluitvorming.Web.Bijlagen;

/// <summary>A request body read through this stream fails with <see cref="TeGrootException"/> past the limit.</summary>
internal sealed class BegrensdeStroom(Stream bron, long grens) : Stream
{
    public sealed class TeGrootException() : IOException("De aanvraag is groter dan toegestaan.");

    private long _gelezen;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default)
    {
        var n = await bron.ReadAsync(buffer, ct);
        _gelezen += n;
        if (_gelezen > grens) throw new TeGrootException();
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken ct) =>
        ReadAsync(buffer.AsMemory(offset, count), ct).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, default).GetAwaiter().GetResult();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _gelezen; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
