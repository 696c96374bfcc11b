using System.Buffers.Binary;

namespace Simulator.Core.Jobs;

/// <summary>A job's name: 128 seeded bits shown as a version-4 GUID, as Azure names jobs.</summary>
/// <remarks>Kept as bits and formatted on first use, because a headless run of a large estate never looks at most names.</remarks>
internal readonly record struct JobName(ulong High, ulong Low)
{
    public override string ToString() => ToGuid().ToString("D");

    public Guid ToGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, High);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], Low);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
