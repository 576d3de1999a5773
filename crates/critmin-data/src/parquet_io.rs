//! Parquet reading and atomic writing, with typed column access that names file and column.

use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, UInt16Type, UInt32Type};
use arrow_array::{Array, ArrayRef, Float64Array, RecordBatch, StringArray, UInt16Array, UInt32Array};
use parquet::arrow::ArrowWriter;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use crate::DataError;

/// Writes through `write` to a temporary file beside `path`, then renames it into place.
pub(crate) fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut File) -> Result<(), DataError>,
) -> Result<(), DataError> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp"));
    let mut file = File::create(&tmp).map_err(|e| DataError::io(&tmp, e))?;
    let result = write(&mut file).and_then(|()| file.sync_all().map_err(|e| DataError::io(&tmp, e)));
    drop(file);
    match result {
        Ok(()) => std::fs::rename(&tmp, path).map_err(|e| DataError::io(path, e)),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Writes one record batch as a Snappy-compressed Parquet file, atomically.
pub(crate) fn write_parquet(path: &Path, batch: &RecordBatch) -> Result<(), DataError> {
    write_atomic(path, |file| {
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_row_count(Some(1 << 18))
            .build();
        let mut writer =
            ArrowWriter::try_new(file.try_clone().map_err(|e| DataError::io(path, e))?, batch.schema(), Some(props))
                .map_err(|e| DataError::parquet(path, e))?;
        writer.write(batch).map_err(|e| DataError::parquet(path, e))?;
        writer.close().map_err(|e| DataError::parquet(path, e))?;
        Ok(())
    })
}

/// Reads a whole Parquet file.
pub(crate) fn read_parquet(path: &Path) -> Result<Vec<RecordBatch>, DataError> {
    let file = File::open(path).map_err(|e| DataError::io(path, e))?;
    let reader = ParquetRecordBatchReaderBuilder::try_new(file)
        .map_err(|e| DataError::parquet(path, e))?
        .with_batch_size(1 << 18)
        .build()
        .map_err(|e| DataError::parquet(path, e))?;
    reader.collect::<Result<Vec<_>, _>>().map_err(|e| DataError::parquet(path, e))
}

fn column<'a>(batch: &'a RecordBatch, name: &str, path: &Path) -> Result<&'a ArrayRef, DataError> {
    batch.column_by_name(name).ok_or_else(|| DataError::Column {
        path: path.to_path_buf(),
        column: name.to_string(),
        problem: format!(
            "is missing (found: {})",
            batch.schema().fields().iter().map(|f| f.name().as_str()).collect::<Vec<_>>().join(", ")
        ),
    })
}

fn wrong_type(path: &Path, name: &str, expected: &str, array: &ArrayRef) -> DataError {
    DataError::Column {
        path: path.to_path_buf(),
        column: name.to_string(),
        problem: format!("should be {expected}, found {}", array.data_type()),
    }
}

/// A required (non-null) u16 column.
pub(crate) fn u16_col<'a>(batch: &'a RecordBatch, name: &str, path: &Path) -> Result<&'a UInt16Array, DataError> {
    let a = column(batch, name, path)?;
    let arr = a.as_primitive_opt::<UInt16Type>().ok_or_else(|| wrong_type(path, name, "UInt16", a))?;
    require_no_nulls(arr, name, path)?;
    Ok(arr)
}

/// A required (non-null) u32 column.
pub(crate) fn u32_col<'a>(batch: &'a RecordBatch, name: &str, path: &Path) -> Result<&'a UInt32Array, DataError> {
    let a = column(batch, name, path)?;
    let arr = a.as_primitive_opt::<UInt32Type>().ok_or_else(|| wrong_type(path, name, "UInt32", a))?;
    require_no_nulls(arr, name, path)?;
    Ok(arr)
}

/// An f64 column; nulls allowed (read them with `is_null`).
pub(crate) fn f64_col<'a>(batch: &'a RecordBatch, name: &str, path: &Path) -> Result<&'a Float64Array, DataError> {
    let a = column(batch, name, path)?;
    a.as_primitive_opt::<Float64Type>().ok_or_else(|| wrong_type(path, name, "Float64", a))
}

/// A string column; nulls read as "".
pub(crate) fn str_col<'a>(batch: &'a RecordBatch, name: &str, path: &Path) -> Result<&'a StringArray, DataError> {
    let a = column(batch, name, path)?;
    a.as_string_opt::<i32>().ok_or_else(|| wrong_type(path, name, "Utf8", a))
}

fn require_no_nulls(arr: &dyn Array, name: &str, path: &Path) -> Result<(), DataError> {
    if arr.null_count() == 0 {
        return Ok(());
    }
    let row = (0..arr.len()).find(|&i| arr.is_null(i)).unwrap_or(0);
    Err(DataError::Value {
        path: path.to_path_buf(),
        row: row + 1,
        column: name.to_string(),
        problem: "is empty; a value is required".into(),
    })
}

/// An optional f64 as Arrow wants it.
pub(crate) fn f64_array(values: impl IntoIterator<Item = Option<f64>>) -> ArrayRef {
    Arc::new(Float64Array::from_iter(values))
}
pub(crate) fn u16_array(values: impl IntoIterator<Item = u16>) -> ArrayRef {
    Arc::new(UInt16Array::from_iter_values(values))
}
pub(crate) fn u32_array(values: impl IntoIterator<Item = u32>) -> ArrayRef {
    Arc::new(UInt32Array::from_iter_values(values))
}
pub(crate) fn opt_u16_array(values: impl IntoIterator<Item = Option<u16>>) -> ArrayRef {
    Arc::new(UInt16Array::from_iter(values))
}
pub(crate) fn opt_u32_array(values: impl IntoIterator<Item = Option<u32>>) -> ArrayRef {
    Arc::new(UInt32Array::from_iter(values))
}
pub(crate) fn str_array<'a>(values: impl IntoIterator<Item = &'a str>) -> ArrayRef {
    Arc::new(StringArray::from_iter_values(values))
}
