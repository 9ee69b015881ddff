#pragma once

#include <apicompat/attributes.h>

namespace ml {

struct Dataset;

struct Model {
    int layers;
    float learning_rate;
};

struct Options {
    int epochs;
    float learning_rate;
    int batch_size;
};

APICOMPAT_DEPRECATED("1.0", "2.0", "train_v2", "faster") Model train(const Dataset& data, int epochs);  // expect: function-removed info ml::train
Model train_v2(const Dataset& data, const Options& options);
float evaluate(const Model& model, const Dataset& data);

}  // namespace ml
